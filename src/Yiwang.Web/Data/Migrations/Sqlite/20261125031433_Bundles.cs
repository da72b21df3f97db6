using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Bundles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "BundleCaseId",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CrossRegion",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PickupHallId",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BundleCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BundleCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BundleName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BundleVersionNo = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false),
                    FormData = table.Column<string>(type: "TEXT", nullable: false),
                    Parts = table.Column<string>(type: "TEXT", nullable: false),
                    Materials = table.Column<string>(type: "TEXT", nullable: false),
                    PromisedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CrossRegion = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeliveryMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PickupHallId = table.Column<int>(type: "INTEGER", nullable: true),
                    PostalAddress = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedHallId = table.Column<int>(type: "INTEGER", nullable: true),
                    AcceptedWindowId = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Events = table.Column<string>(type: "TEXT", nullable: false),
                    Concurrency = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BundleCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Bundles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CurrentVersionNo = table.Column<int>(type: "INTEGER", nullable: true),
                    DraftVersionNo = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Concurrency = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bundles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BundleVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BundleId = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionNo = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Definition = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BundleVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BundleVersions_Bundles_BundleId",
                        column: x => x.BundleId,
                        principalTable: "Bundles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_BundleCaseId",
                table: "Cases",
                column: "BundleCaseId",
                filter: "\"BundleCaseId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_BundleCases_ApplicantId",
                table: "BundleCases",
                column: "ApplicantId");

            migrationBuilder.CreateIndex(
                name: "IX_BundleCases_Number",
                table: "BundleCases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bundles_Code",
                table: "Bundles",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BundleVersions_BundleId_VersionNo",
                table: "BundleVersions",
                columns: new[] { "BundleId", "VersionNo" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BundleCases");

            migrationBuilder.DropTable(
                name: "BundleVersions");

            migrationBuilder.DropTable(
                name: "Bundles");

            migrationBuilder.DropIndex(
                name: "IX_Cases_BundleCaseId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "BundleCaseId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CrossRegion",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PickupHallId",
                table: "Cases");
        }
    }
}
