using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Postgres
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
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalRepresentativeIdNumber",
                table: "LegalEntityRecords",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgentGrant",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompanyAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgentAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    GrantedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
