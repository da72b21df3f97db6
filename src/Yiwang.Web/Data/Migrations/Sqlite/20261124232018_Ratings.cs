using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Ratings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RatingInvitedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Ratings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Online = table.Column<bool>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Scores = table.Column<string>(type: "TEXT", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ratings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ratings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Rectifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RatingId = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Verification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RepliedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RepliedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Appeal = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AppealReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    BeforeAppeal = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AppealDecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AppealDecision = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReturnVisit = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ApplicantSatisfied = table.Column<bool>(type: "INTEGER", nullable: true),
                    ReturnVisitAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Concurrency = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rectifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rectifications_Ratings_RatingId",
                        column: x => x.RatingId,
                        principalTable: "Ratings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RatingInvitedOn_DecidedAt",
                table: "Cases",
                columns: new[] { "RatingInvitedOn", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_CaseId",
                table: "Ratings",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_DepartmentId_RatedAt",
                table: "Ratings",
                columns: new[] { "DepartmentId", "RatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Rectifications_DepartmentId_Status",
                table: "Rectifications",
                columns: new[] { "DepartmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Rectifications_RatingId",
                table: "Rectifications",
                column: "RatingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Rectifications_Status_Due",
                table: "Rectifications",
                columns: new[] { "Status", "Due" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Rectifications");

            migrationBuilder.DropTable(
                name: "Ratings");

            migrationBuilder.DropIndex(
                name: "IX_Cases_RatingInvitedOn_DecidedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RatingInvitedOn",
                table: "Cases");
        }
    }
}
