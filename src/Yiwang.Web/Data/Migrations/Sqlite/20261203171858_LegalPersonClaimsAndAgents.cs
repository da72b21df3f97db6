using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LegalPersonClaimsAndAgents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LegalRepresentativeIdIndex",
                table: "LegalEntityRecords",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalRepresentativeIdNumber",
                table: "LegalEntityRecords",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgentGrant",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CompanyAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgentAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    GrantedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgentGrant", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LegalEntityRecords_LegalRepresentativeIdIndex",
                table: "LegalEntityRecords",
                column: "LegalRepresentativeIdIndex");

            migrationBuilder.CreateIndex(
                name: "IX_AgentGrant_AgentAccountId",
                table: "AgentGrant",
                column: "AgentAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_AgentGrant_CompanyAccountId_AgentAccountId",
                table: "AgentGrant",
                columns: new[] { "CompanyAccountId", "AgentAccountId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgentGrant");

            migrationBuilder.DropIndex(
                name: "IX_LegalEntityRecords_LegalRepresentativeIdIndex",
                table: "LegalEntityRecords");

            migrationBuilder.DropColumn(
                name: "LegalRepresentativeIdIndex",
                table: "LegalEntityRecords");

            migrationBuilder.DropColumn(
                name: "LegalRepresentativeIdNumber",
                table: "LegalEntityRecords");
        }
    }
}
