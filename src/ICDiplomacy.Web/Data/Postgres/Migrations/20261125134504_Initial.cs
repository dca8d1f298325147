using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ICDiplomacy.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cmsDocument",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentId = table.Column<long>(type: "bigint", nullable: true),
                    Path = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Trashed = table.Column<bool>(type: "boolean", nullable: false),
                    LatestVersion = table.Column<int>(type: "integer", nullable: false),
                    PublishedVersion = table.Column<int>(type: "integer", nullable: true),
                    PublishedCultures = table.Column<string>(type: "text", nullable: true),
                    CreateDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdateDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmsDocument", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmsOutbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Event = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityKey = table.Column<Guid>(type: "uuid", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Cultures = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmsOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmsOutboxCursor",
                columns: table => new
                {
                    Subscriber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LastId = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmsOutboxCursor", x => x.Subscriber);
                });

            migrationBuilder.CreateTable(
                name: "umbracoApiClient",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClientId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SecretHash = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Group = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoApiClient", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "umbracoAudit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityKey = table.Column<Guid>(type: "uuid", nullable: true),
                    Details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoAudit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "umbracoRedirectUrl",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentKey = table.Column<Guid>(type: "uuid", nullable: false),
                    RootId = table.Column<long>(type: "bigint", nullable: false),
                    Culture = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Route = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoRedirectUrl", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "umbracoUser",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Group = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false),
                    LockoutEndUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SecurityStamp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoUser", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmsDocumentFacet",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<long>(type: "bigint", nullable: false),
                    Culture = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Alias = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "cmsDocumentUrl",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<long>(type: "bigint", nullable: false),
                    RootId = table.Column<long>(type: "bigint", nullable: false),
                    Culture = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Route = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Segment = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    PublishDate = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmsDocumentUrl", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cmsDocumentUrl_cmsDocument_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "cmsDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cmsDocumentVariant",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<long>(type: "bigint", nullable: false),
                    ParentId = table.Column<long>(type: "bigint", nullable: false),
                    Culture = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Segment = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmsDocumentVariant", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cmsDocumentVariant_cmsDocument_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "cmsDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cmsDocumentVersion",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Data = table.Column<string>(type: "text", nullable: false),
                    PublishedCultures = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BasedOn = table.Column<int>(type: "integer", nullable: true),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmsDocumentVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cmsDocumentVersion_cmsDocument_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "cmsDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "umbracoContentSchedule",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<long>(type: "bigint", nullable: false),
                    Culture = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    DueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoContentSchedule", x => x.Id);
                    table.ForeignKey(
                        name: "FK_umbracoContentSchedule_cmsDocument_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "cmsDocument",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cmsDocument_ContentType",
                table: "cmsDocument",
                column: "ContentType");

            migrationBuilder.CreateIndex(
                name: "IX_cmsDocument_Key",
                table: "cmsDocument",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmsDocument_ParentId_SortOrder",
                table: "cmsDocument",
                columns: new[] { "ParentId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_cmsDocument_Path",
                table: "cmsDocument",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_cmsDocumentFacet_Alias_Value",
                table: "cmsDocumentFacet",
                columns: new[] { "Alias", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_cmsDocumentFacet_DocumentId",
                table: "cmsDocumentFacet",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_cmsDocumentUrl_DocumentId_Culture",
                table: "cmsDocumentUrl",
                columns: new[] { "DocumentId", "Culture" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmsDocumentUrl_RootId_Culture_Route",
                table: "cmsDocumentUrl",
                columns: new[] { "RootId", "Culture", "Route" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmsDocumentVariant_DocumentId_Culture",
                table: "cmsDocumentVariant",
                columns: new[] { "DocumentId", "Culture" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmsDocumentVariant_ParentId_Culture_Segment",
                table: "cmsDocumentVariant",
                columns: new[] { "ParentId", "Culture", "Segment" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmsDocumentVersion_DocumentId_Number",
                table: "cmsDocumentVersion",
                columns: new[] { "DocumentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmsOutbox_CreatedUtc",
                table: "cmsOutbox",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_umbracoApiClient_ClientId",
                table: "umbracoApiClient",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_umbracoAudit_EntityKey",
                table: "umbracoAudit",
                column: "EntityKey");

            migrationBuilder.CreateIndex(
                name: "IX_umbracoAudit_Utc",
                table: "umbracoAudit",
                column: "Utc");

            migrationBuilder.CreateIndex(
                name: "IX_umbracoContentSchedule_DocumentId_Culture_Kind",
                table: "umbracoContentSchedule",
                columns: new[] { "DocumentId", "Culture", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_umbracoContentSchedule_DueUtc",
                table: "umbracoContentSchedule",
                column: "DueUtc");

            migrationBuilder.CreateIndex(
                name: "IX_umbracoRedirectUrl_DocumentKey",
                table: "umbracoRedirectUrl",
                column: "DocumentKey");

            migrationBuilder.CreateIndex(
                name: "IX_umbracoRedirectUrl_RootId_Culture_Route",
                table: "umbracoRedirectUrl",
                columns: new[] { "RootId", "Culture", "Route" });

            migrationBuilder.CreateIndex(
                name: "IX_umbracoUser_Email",
                table: "umbracoUser",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_umbracoUser_Key",
                table: "umbracoUser",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_umbracoUser_UserName",
                table: "umbracoUser",
                column: "UserName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cmsDocumentFacet");

            migrationBuilder.DropTable(
                name: "cmsDocumentUrl");

            migrationBuilder.DropTable(
                name: "cmsDocumentVariant");

            migrationBuilder.DropTable(
                name: "cmsDocumentVersion");

            migrationBuilder.DropTable(
                name: "cmsOutbox");

            migrationBuilder.DropTable(
                name: "cmsOutboxCursor");

            migrationBuilder.DropTable(
                name: "umbracoApiClient");

            migrationBuilder.DropTable(
                name: "umbracoAudit");

            migrationBuilder.DropTable(
                name: "umbracoContentSchedule");

            migrationBuilder.DropTable(
                name: "umbracoRedirectUrl");

            migrationBuilder.DropTable(
                name: "umbracoUser");

            migrationBuilder.DropTable(
                name: "cmsDocument");
        }
    }
}
