using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    IndustryCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Employees = table.Column<int>(type: "integer", nullable: false),
                    Revenue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    TaxPaid = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    RdSpend = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    HighTech = table.Column<bool>(type: "boolean", nullable: false),
                    Specialized = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseDataRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Policies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    CurrentVersionNo = table.Column<int>(type: "integer", nullable: true),
                    DraftVersionNo = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Concurrency = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    FirmName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PolicyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ClauseKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Period = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    VersionNo = table.Column<int>(type: "integer", nullable: false),
                    Mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Eligible = table.Column<bool>(type: "boolean", nullable: false),
                    NearMiss = table.Column<bool>(type: "boolean", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: true),
                    TraceJson = table.Column<string>(type: "text", nullable: false),
                    FoundAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NotifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyMatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PolicyVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PolicyId = table.Column<int>(type: "integer", nullable: false),
                    Document = table.Column<string>(type: "text", nullable: false),
                    VersionNo = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
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
