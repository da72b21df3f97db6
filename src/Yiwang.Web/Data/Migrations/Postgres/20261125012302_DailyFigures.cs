using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Postgres
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

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AcceptedAt",
                table: "Cases",
                type: "timestamp with time zone",
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
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Submitted = table.Column<int>(type: "integer", nullable: false),
                    Accepted = table.Column<int>(type: "integer", nullable: false),
                    Decided = table.Column<int>(type: "integer", nullable: false),
                    DecidedRated = table.Column<int>(type: "integer", nullable: false),
                    Closed = table.Column<int>(type: "integer", nullable: false),
                    ClosedTrips = table.Column<int>(type: "integer", nullable: false),
                    Ratings = table.Column<int>(type: "integer", nullable: false),
                    GoodRatings = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyFigures", x => new { x.Day, x.DepartmentId, x.ItemCode });
                });

            migrationBuilder.CreateTable(
                name: "FigureDays",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Marks = table.Column<long>(type: "bigint", nullable: false),
                    RolledMarks = table.Column<long>(type: "bigint", nullable: true),
                    RolledUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RolledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
