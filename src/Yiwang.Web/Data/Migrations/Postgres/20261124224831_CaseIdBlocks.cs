using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseIdBlocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "case_event_ids",
                incrementBy: 1000);

            migrationBuilder.CreateSequence(
                name: "case_ids",
                incrementBy: 1000);

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "Cases",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "CaseEvents",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            // Blocks start above the ids the identity columns already issued.
            migrationBuilder.Sql("""SELECT setval('case_ids', COALESCE((SELECT max("Id") FROM "Cases"), 0) + 1, false)""");
            migrationBuilder.Sql("""SELECT setval('case_event_ids', COALESCE((SELECT max("Id") FROM "CaseEvents"), 0) + 1, false)""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropSequence(
                name: "case_event_ids");

            migrationBuilder.DropSequence(
                name: "case_ids");

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "Cases",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "CaseEvents",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
        }
    }
}
