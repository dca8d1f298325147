using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ICDiplomacy.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddMedia : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cmsMedia",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<long>(type: "INTEGER", nullable: true),
                    Path = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NamePath = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Trashed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreateDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdateDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    StorageName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    OriginalFileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Extension = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: true),
                    Width = table.Column<int>(type: "INTEGER", nullable: true),
                    Height = table.Column<int>(type: "INTEGER", nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FocalLeft = table.Column<double>(type: "REAL", nullable: true),
                    FocalTop = table.Column<double>(type: "REAL", nullable: true),
                    AltText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmsMedia", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmsMediaCrop",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MediaId = table.Column<long>(type: "INTEGER", nullable: false),
                    Alias = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    X1 = table.Column<double>(type: "REAL", nullable: true),
                    Y1 = table.Column<double>(type: "REAL", nullable: true),
                    X2 = table.Column<double>(type: "REAL", nullable: true),
                    Y2 = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmsMediaCrop", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cmsMediaCrop_cmsMedia_MediaId",
                        column: x => x.MediaId,
                        principalTable: "cmsMedia",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cmsMedia_Key",
                table: "cmsMedia",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmsMedia_NamePath",
                table: "cmsMedia",
                column: "NamePath");

            migrationBuilder.CreateIndex(
                name: "IX_cmsMedia_ParentId_SortOrder",
                table: "cmsMedia",
                columns: new[] { "ParentId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_cmsMedia_Path",
                table: "cmsMedia",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_cmsMediaCrop_MediaId_Alias",
                table: "cmsMediaCrop",
                columns: new[] { "MediaId", "Alias" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cmsMediaCrop");

            migrationBuilder.DropTable(
                name: "cmsMedia");
        }
    }
}
