using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReuseIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_ApplicantId",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ApplicantId_Decision",
                table: "Cases",
                columns: new[] { "ApplicantId", "Decision" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMaterials_Trust_MaterialName",
                table: "CaseMaterials",
                columns: new[] { "Trust", "MaterialName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_ApplicantId_Decision",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseMaterials_Trust_MaterialName",
                table: "CaseMaterials");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ApplicantId",
                table: "Cases",
                column: "ApplicantId");
        }
    }
}
