using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yiwang.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BaseLibraries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_SubmittedAt_DepartmentId_ItemCode",
                table: "Cases");

            migrationBuilder.AddColumn<int>(
                name: "MaterialsDrawn",
                table: "DailyFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MaterialsRequired",
                table: "DailyFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MaterialsDrawn",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MaterialsRequired",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ApiClients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    KeyPrefix = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiClients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiClients_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Commitments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MaterialName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApplicantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SignedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Digest = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CheckDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Finding = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    GrantRevoked = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commitments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubjectIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    List = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataAccesses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Library = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AccessorKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Accessor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    DepartmentName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ApiClientId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubjectIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Fields = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Ip = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataAccesses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GeoAddresses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GeoAddresses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalEntityRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Capital = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    EstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalEntityRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PersonRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdNumberIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Ethnicity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DivisionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_SubmittedAt_DepartmentId_ItemCode_MaterialsRequired_MaterialsDrawn",
                table: "Cases",
                columns: new[] { "SubmittedAt", "DepartmentId", "ItemCode", "MaterialsRequired", "MaterialsDrawn" },
                filter: "\"SubmittedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ApiClients_DepartmentId",
                table: "ApiClients",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiClients_KeyHash",
                table: "ApiClients",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_CaseId",
                table: "Commitments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_DepartmentId_Status_CheckDue",
                table: "Commitments",
                columns: new[] { "DepartmentId", "Status", "CheckDue" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRecords_CreatedAt",
                table: "CreditRecords",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRecords_SubjectIndex",
                table: "CreditRecords",
                column: "SubjectIndex");

            migrationBuilder.CreateIndex(
                name: "IX_DataAccesses_Library_At",
                table: "DataAccesses",
                columns: new[] { "Library", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_DataAccesses_SubjectIndex",
                table: "DataAccesses",
                column: "SubjectIndex");

            migrationBuilder.CreateIndex(
                name: "IX_GeoAddresses_Address",
                table: "GeoAddresses",
                column: "Address",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GeoAddresses_CreatedAt",
                table: "GeoAddresses",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_LegalEntityRecords_CreatedAt",
                table: "LegalEntityRecords",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_LegalEntityRecords_CreditCode",
                table: "LegalEntityRecords",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonRecords_CreatedAt",
                table: "PersonRecords",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PersonRecords_IdNumberIndex",
                table: "PersonRecords",
                column: "IdNumberIndex",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiClients");

            migrationBuilder.DropTable(
                name: "Commitments");

            migrationBuilder.DropTable(
                name: "CreditRecords");

            migrationBuilder.DropTable(
                name: "DataAccesses");

            migrationBuilder.DropTable(
                name: "GeoAddresses");

            migrationBuilder.DropTable(
                name: "LegalEntityRecords");

            migrationBuilder.DropTable(
                name: "PersonRecords");

            migrationBuilder.DropIndex(
                name: "IX_Cases_SubmittedAt_DepartmentId_ItemCode_MaterialsRequired_MaterialsDrawn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MaterialsDrawn",
                table: "DailyFigures");

            migrationBuilder.DropColumn(
                name: "MaterialsRequired",
                table: "DailyFigures");

            migrationBuilder.DropColumn(
                name: "MaterialsDrawn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MaterialsRequired",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_SubmittedAt_DepartmentId_ItemCode",
                table: "Cases",
                columns: new[] { "SubmittedAt", "DepartmentId", "ItemCode" },
                filter: "\"SubmittedAt\" IS NOT NULL");
        }
    }
}
