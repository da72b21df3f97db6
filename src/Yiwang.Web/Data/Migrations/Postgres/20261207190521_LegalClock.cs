using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LegalClock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AcceptedByLaw",
                table: "Cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SupplementDue",
                table: "Cases",
                type: "date",
                nullable: true);

            // 收件日期 of the cases already submitted: the day (Beijing time) they were submitted.
            migrationBuilder.Sql("""
                UPDATE "Cases" SET "ReceivedOn" = ("SubmittedAt" AT TIME ZONE 'Asia/Shanghai')::date WHERE "SubmittedAt" IS NOT NULL;
                UPDATE "Cases" SET "NextCheckOn" = "ReceivedOn" WHERE "Status" = 'Submitted' AND "ReceivedOn" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AcceptedByLaw",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReceivedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "SupplementDue",
                table: "Cases");
        }
    }
}
