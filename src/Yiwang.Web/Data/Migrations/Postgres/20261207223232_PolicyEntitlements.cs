using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PolicyEntitlements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EntitlementBatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PolicyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ClauseKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Period = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReleasedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntitlementBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Entitlements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    BatchId = table.Column<long>(type: "bigint", nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    FirmName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PolicyCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    VersionNo = table.Column<int>(type: "integer", nullable: false),
                    PolicyTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ClauseKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ClauseTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Period = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    PromisedDays = table.Column<int>(type: "integer", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: true),
                    TraceJson = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExcludedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OfferedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PayBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BankName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BankAccount = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    DeclinedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PaidFen = table.Column<long>(type: "bigint", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Voucher = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PaidBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Concurrency = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Entitlements", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EntitlementBatches_DepartmentId_ReleasedAt",
                table: "EntitlementBatches",
                columns: new[] { "DepartmentId", "ReleasedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Entitlements_BatchId_State",
                table: "Entitlements",
                columns: new[] { "BatchId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Entitlements_CreditCode_PolicyCode_ClauseKey_Period",
                table: "Entitlements",
                columns: new[] { "CreditCode", "PolicyCode", "ClauseKey", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Entitlements_Number",
                table: "Entitlements",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Entitlements_State_PaidOn",
                table: "Entitlements",
                columns: new[] { "State", "PaidOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EntitlementBatches");

            migrationBuilder.DropTable(
                name: "Entitlements");
        }
    }
}
