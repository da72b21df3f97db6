using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BundleDueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Cards_Rule_Step",
                table: "Cards",
                columns: new[] { "Rule", "Step" });

            migrationBuilder.CreateIndex(
                name: "IX_BundleCases_Due",
                table: "BundleCases",
                column: "Due");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cards_Rule_Step",
                table: "Cards");

            migrationBuilder.DropIndex(
                name: "IX_BundleCases_Due",
                table: "BundleCases");
        }
    }
}
