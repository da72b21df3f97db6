using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DecisionDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DecisionDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApplicantKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResultName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LicenceNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    IssuerDepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SealId = table.Column<int>(type: "INTEGER", nullable: false),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionDocuments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecisionDocuments_Seals_SealId",
                        column: x => x.SealId,
                        principalTable: "Seals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Granted",
                table: "Cases",
                columns: new[] { "ApplicantId", "DecidedAt" },
                filter: "\"Decision\" = 'Grant'");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMaterials_Trust_MaterialName",
                table: "CaseMaterials",
                columns: new[] { "Trust", "MaterialName" });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionDocuments_CaseId",
                table: "DecisionDocuments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionDocuments_Number",
                table: "DecisionDocuments",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DecisionDocuments_SealId",
                table: "DecisionDocuments",
                column: "SealId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DecisionDocuments");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Granted",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseMaterials_Trust_MaterialName",
                table: "CaseMaterials");
        }
    }
}
