using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ICDiplomacy.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddMembersAndPublicAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cmsMember",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IsApproved = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LockoutEndUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LastLoginUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmsMember", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmsMemberGroup",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmsMemberGroup", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "umbracoAccess",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    LoginDocumentId = table.Column<long>(type: "INTEGER", nullable: true),
                    NoAccessDocumentId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoAccess", x => x.Id);
                    table.ForeignKey(
                        name: "FK_umbracoAccess_cmsDocument_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "cmsDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_umbracoAccess_cmsDocument_LoginDocumentId",
                        column: x => x.LoginDocumentId,
                        principalTable: "cmsDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_umbracoAccess_cmsDocument_NoAccessDocumentId",
                        column: x => x.NoAccessDocumentId,
                        principalTable: "cmsDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "cmsMember2MemberGroup",
                columns: table => new
                {
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberGroupId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmsMember2MemberGroup", x => new { x.MemberId, x.MemberGroupId });
                    table.ForeignKey(
                        name: "FK_cmsMember2MemberGroup_cmsMemberGroup_MemberGroupId",
                        column: x => x.MemberGroupId,
                        principalTable: "cmsMemberGroup",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_cmsMember2MemberGroup_cmsMember_MemberId",
                        column: x => x.MemberId,
                        principalTable: "cmsMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "umbracoAccessRule",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberGroupId = table.Column<long>(type: "INTEGER", nullable: true),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoAccessRule", x => x.Id);
                    table.CheckConstraint("CK_umbracoAccessRule_OneTarget", "(\"MemberGroupId\" IS NULL) <> (\"MemberId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_umbracoAccessRule_cmsMemberGroup_MemberGroupId",
                        column: x => x.MemberGroupId,
                        principalTable: "cmsMemberGroup",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_umbracoAccessRule_cmsMember_MemberId",
                        column: x => x.MemberId,
                        principalTable: "cmsMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_umbracoAccessRule_umbracoAccess_EntryId",
                        column: x => x.EntryId,
                        principalTable: "umbracoAccess",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cmsMember_Key",
                table: "cmsMember",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmsMember_NormalizedEmail",
                table: "cmsMember",
                column: "NormalizedEmail",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmsMember_NormalizedUserName",
                table: "cmsMember",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmsMember2MemberGroup_MemberGroupId",
                table: "cmsMember2MemberGroup",
                column: "MemberGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_cmsMemberGroup_Key",
                table: "cmsMemberGroup",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmsMemberGroup_NormalizedName",
                table: "cmsMemberGroup",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_umbracoAccess_DocumentId",
                table: "umbracoAccess",
                column: "DocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_umbracoAccess_Key",
                table: "umbracoAccess",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_umbracoAccess_LoginDocumentId",
                table: "umbracoAccess",
                column: "LoginDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_umbracoAccess_NoAccessDocumentId",
                table: "umbracoAccess",
                column: "NoAccessDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_umbracoAccessRule_EntryId",
                table: "umbracoAccessRule",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_umbracoAccessRule_MemberGroupId",
                table: "umbracoAccessRule",
                column: "MemberGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_umbracoAccessRule_MemberId",
                table: "umbracoAccessRule",
                column: "MemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cmsMember2MemberGroup");

            migrationBuilder.DropTable(
                name: "umbracoAccessRule");

            migrationBuilder.DropTable(
                name: "cmsMemberGroup");

            migrationBuilder.DropTable(
                name: "cmsMember");

            migrationBuilder.DropTable(
                name: "umbracoAccess");
        }
    }
}
