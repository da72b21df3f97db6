using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseForm : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "FormComplete",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "FormData",
                table: "Cases",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FormComplete",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FormData",
                table: "Cases");
        }
    }
}
