using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AcceptancePlace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AcceptedBy",
                table: "Cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AcceptedHallId",
                table: "Cases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AcceptedWindowId",
                table: "Cases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecidedBy",
                table: "Cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WindowId",
                table: "AspNetUsers",
                type: "integer",
                nullable: true);

            // Cases accepted or decided before: who did it, and the hall their 受理 event names.
            migrationBuilder.Sql("""
                UPDATE "Cases" SET
                  "AcceptedBy" = (SELECT e."Actor" FROM "CaseEvents" e WHERE e."CaseId" = "Cases"."Id" AND e."Action" = 'accept' ORDER BY e."Sequence" DESC LIMIT 1),
                  "AcceptedHallId" = (SELECT CAST(substring(e."Place" from 6) AS integer) FROM "CaseEvents" e WHERE e."CaseId" = "Cases"."Id" AND e."Action" = 'accept' AND e."Place" LIKE 'hall:%' ORDER BY e."Sequence" DESC LIMIT 1)
                WHERE "AcceptedOn" IS NOT NULL;
                UPDATE "Cases" SET
                  "DecidedBy" = (SELECT e."Actor" FROM "CaseEvents" e WHERE e."CaseId" = "Cases"."Id" AND e."Action" = 'decide' ORDER BY e."Sequence" DESC LIMIT 1)
                WHERE "DecidedAt" IS NOT NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AcceptedBy",
                table: "Cases",
                column: "AcceptedBy",
                filter: "\"AcceptedBy\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AcceptedHallId",
                table: "Cases",
                column: "AcceptedHallId",
                filter: "\"AcceptedHallId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AcceptedWindowId",
                table: "Cases",
                column: "AcceptedWindowId",
                filter: "\"AcceptedWindowId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DecidedBy",
                table: "Cases",
                column: "DecidedBy",
                filter: "\"DecidedBy\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AcceptedBy",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AcceptedHallId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AcceptedWindowId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_DecidedBy",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AcceptedBy",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AcceptedHallId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AcceptedWindowId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DecidedBy",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "WindowId",
                table: "AspNetUsers");
        }
    }
}
