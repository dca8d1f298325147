using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ICDiplomacy.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cmsDocumentFacet",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Alias = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmsDocumentFacet", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cmsDocumentFacet_cmsDocument_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "cmsDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cmsDocumentFacet_Alias_Value",
                table: "cmsDocumentFacet",
                columns: new[] { "Alias", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_cmsDocumentFacet_DocumentId",
                table: "cmsDocumentFacet",
                column: "DocumentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cmsDocumentFacet");
        }
    }
}
