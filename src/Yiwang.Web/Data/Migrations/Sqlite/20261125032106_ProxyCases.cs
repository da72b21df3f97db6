using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProxyCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProxyCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HallId = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Province = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OfficeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Materials = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HandoverTracking = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    HandedOverAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResultAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ResultNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeliveryMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Events = table.Column<string>(type: "TEXT", nullable: false),
                    Concurrency = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProxyCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProxyCases_Halls_HallId",
                        column: x => x.HallId,
                        principalTable: "Halls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProxyCases_HallId_ReceivedAt",
                table: "ProxyCases",
                columns: new[] { "HallId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProxyCases_Number",
                table: "ProxyCases",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProxyCases");
        }
    }
}
