using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WindowVisitRatings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ratings_CaseId",
                table: "Ratings");

            migrationBuilder.AddColumn<string>(
                name: "Service",
                table: "Ratings",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Case");

            migrationBuilder.AddColumn<DateOnly>(
                name: "VisitOn",
                table: "Ratings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WindowId",
                table: "Ratings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_CaseId",
                table: "Ratings",
                column: "CaseId",
                unique: true,
                filter: "\"Service\" = 'Case'");

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_CaseId_VisitOn",
                table: "Ratings",
                columns: new[] { "CaseId", "VisitOn" },
                unique: true,
                filter: "\"Service\" = 'WindowVisit'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ratings_CaseId",
                table: "Ratings");

            migrationBuilder.DropIndex(
                name: "IX_Ratings_CaseId_VisitOn",
                table: "Ratings");

            migrationBuilder.DropColumn(
                name: "Service",
                table: "Ratings");

            migrationBuilder.DropColumn(
                name: "VisitOn",
                table: "Ratings");

            migrationBuilder.DropColumn(
                name: "WindowId",
                table: "Ratings");

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_CaseId",
                table: "Ratings",
                column: "CaseId",
                unique: true);
        }
    }
}
