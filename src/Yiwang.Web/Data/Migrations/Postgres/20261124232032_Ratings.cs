using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Postgres
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
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Ratings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ItemName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    ApplicantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Online = table.Column<bool>(type: "boolean", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Scores = table.Column<string>(type: "text", nullable: false),
                    Reasons = table.Column<string>(type: "text", nullable: false),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RatingId = table.Column<long>(type: "bigint", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Due = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Verification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Measures = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Reply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RepliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RepliedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Appeal = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AppealReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    BeforeAppeal = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AppealDecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AppealDecision = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReturnVisit = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ApplicantSatisfied = table.Column<bool>(type: "boolean", nullable: true),
                    ReturnVisitAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Concurrency = table.Column<Guid>(type: "uuid", nullable: false)
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
