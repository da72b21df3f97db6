using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DailyFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_RatingInvitedOn_DecidedAt",
                table: "Cases");

            migrationBuilder.AddColumn<long>(
                name: "AcceptedAt",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            // Cases accepted before: the instant of their 受理 event.
            migrationBuilder.Sql("""
                UPDATE "Cases" SET "AcceptedAt" = (SELECT MAX(e."At") FROM "CaseEvents" e WHERE e."CaseId" = "Cases"."Id" AND e."Action" = 'accept')
                WHERE "AcceptedOn" IS NOT NULL
                """);

            migrationBuilder.CreateTable(
                name: "DailyFigures",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Submitted = table.Column<int>(type: "INTEGER", nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    Decided = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedRated = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedTrips = table.Column<int>(type: "INTEGER", nullable: false),
                    Ratings = table.Column<int>(type: "INTEGER", nullable: false),
                    GoodRatings = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyFigures", x => new { x.Day, x.DepartmentId, x.ItemCode });
                });

            migrationBuilder.CreateTable(
                name: "FigureDays",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Marks = table.Column<long>(type: "INTEGER", nullable: false),
                    RolledMarks = table.Column<long>(type: "INTEGER", nullable: true),
                    RolledUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    RolledAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureDays", x => x.Day);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_RatedAt",
                table: "Ratings",
                column: "RatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AcceptedAt_DepartmentId_ItemCode",
                table: "Cases",
                columns: new[] { "AcceptedAt", "DepartmentId", "ItemCode" },
                filter: "\"AcceptedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ClosedAt_DepartmentId_ItemCode_Trips",
                table: "Cases",
                columns: new[] { "ClosedAt", "DepartmentId", "ItemCode", "Trips" },
                filter: "\"ClosedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DecidedAt",
                table: "Cases",
                column: "DecidedAt",
                filter: "\"RatingInvitedOn\" IS NULL AND \"ApplicantId\" IS NOT NULL AND \"DecidedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DecidedAt_DepartmentId_ItemCode",
                table: "Cases",
                columns: new[] { "DecidedAt", "DepartmentId", "ItemCode" },
                filter: "\"DecidedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_SubmittedAt_DepartmentId_ItemCode",
                table: "Cases",
                columns: new[] { "SubmittedAt", "DepartmentId", "ItemCode" },
                filter: "\"SubmittedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cards_RaisedOn",
                table: "Cards",
                column: "RaisedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyFigures");

            migrationBuilder.DropTable(
                name: "FigureDays");

            migrationBuilder.DropIndex(
                name: "IX_Ratings_RatedAt",
                table: "Ratings");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AcceptedAt_DepartmentId_ItemCode",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ClosedAt_DepartmentId_ItemCode_Trips",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_DecidedAt",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_DecidedAt_DepartmentId_ItemCode",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_SubmittedAt_DepartmentId_ItemCode",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cards_RaisedOn",
                table: "Cards");

            migrationBuilder.DropColumn(
                name: "AcceptedAt",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RatingInvitedOn_DecidedAt",
                table: "Cases",
                columns: new[] { "RatingInvitedOn", "DecidedAt" });
        }
    }
}
