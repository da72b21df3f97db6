using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class JointHandlingClock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AcceptedOn",
                table: "BundleCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Due",
                table: "BundleCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "DueProvisional",
                table: "BundleCases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "LegalDays",
                table: "BundleCases",
                type: "integer",
                nullable: false,
                defaultValue: 45); // 行政许可法 §42: 联合办理 45 working days

            migrationBuilder.AddColumn<DateOnly>(
                name: "LegalDue",
                table: "BundleCases",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AcceptedOn",
                table: "BundleCases");

            migrationBuilder.DropColumn(
                name: "Due",
                table: "BundleCases");

            migrationBuilder.DropColumn(
                name: "DueProvisional",
                table: "BundleCases");

            migrationBuilder.DropColumn(
                name: "LegalDays",
                table: "BundleCases");

            migrationBuilder.DropColumn(
                name: "LegalDue",
                table: "BundleCases");
        }
    }
}
