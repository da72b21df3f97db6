using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PoliciesAndEnterpriseData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EnterpriseDataRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Employees = table.Column<int>(type: "INTEGER", nullable: false),
                    Revenue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    TaxPaid = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RdSpend = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    HighTech = table.Column<bool>(type: "INTEGER", nullable: false),
                    Specialized = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseDataRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Policies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentVersionNo = table.Column<int>(type: "INTEGER", nullable: true),
                    DraftVersionNo = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Concurrency = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Policies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Policies_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyMatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    FirmName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PolicyCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClauseKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    VersionNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Eligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    NearMiss = table.Column<bool>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: true),
                    TraceJson = table.Column<string>(type: "TEXT", nullable: false),
                    FoundAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NotifiedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyMatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PolicyVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    VersionNo = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyVersions_Policies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "Policies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseDataRecords_CreditCode_Year",
                table: "EnterpriseDataRecords",
                columns: new[] { "CreditCode", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseDataRecords_Key",
                table: "EnterpriseDataRecords",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Code",
                table: "Policies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Policies_DepartmentId",
                table: "Policies",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyMatches_CreditCode_PolicyCode_ClauseKey_Period",
                table: "PolicyMatches",
                columns: new[] { "CreditCode", "PolicyCode", "ClauseKey", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyMatches_PolicyCode_Eligible",
                table: "PolicyMatches",
                columns: new[] { "PolicyCode", "Eligible" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyVersions_PolicyId_VersionNo",
                table: "PolicyVersions",
                columns: new[] { "PolicyId", "VersionNo" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EnterpriseDataRecords");

            migrationBuilder.DropTable(
                name: "PolicyMatches");

            migrationBuilder.DropTable(
                name: "PolicyVersions");

            migrationBuilder.DropTable(
                name: "Policies");
        }
    }
}
