using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IdentityAssuranceAndUploadQuotas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Assurance",
                table: "AspNetUsers",
                type: "character varying(4)",
                maxLength: 4,
                nullable: false,
                defaultValue: "L1"); // accounts made before assurance levels are self-declared

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AssuredAt",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssuredBy",
                table: "AspNetUsers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PhoneProvenAt",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RepresentativeAccountId",
                table: "AspNetUsers",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SmsCode",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SmsCode", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMaterials_UploadedBy_UploadedAt",
                table: "CaseMaterials",
                columns: new[] { "UploadedBy", "UploadedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SmsCode_AccountId_Purpose_SentAt",
                table: "SmsCode",
                columns: new[] { "AccountId", "Purpose", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SmsCode");

            migrationBuilder.DropIndex(
                name: "IX_CaseMaterials_UploadedBy_UploadedAt",
                table: "CaseMaterials");

            migrationBuilder.DropColumn(
                name: "Assurance",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "AssuredAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "AssuredBy",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "PhoneProvenAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "RepresentativeAccountId",
                table: "AspNetUsers");
        }
    }
}
