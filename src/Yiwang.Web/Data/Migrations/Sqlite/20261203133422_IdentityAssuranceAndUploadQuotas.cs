using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 4,
                nullable: false,
                defaultValue: "L1"); // accounts made before assurance levels are self-declared

            migrationBuilder.AddColumn<long>(
                name: "AssuredAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssuredBy",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PhoneProvenAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RepresentativeAccountId",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SmsCode",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
