using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SupplementDue",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            // 收件日期 of the cases already submitted: the day (Beijing time) they were submitted.
            migrationBuilder.Sql("""
                UPDATE "Cases" SET "ReceivedOn" = date(("SubmittedAt" - 621355968000000000) / 10000000 + 28800, 'unixepoch') WHERE "SubmittedAt" IS NOT NULL;
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
