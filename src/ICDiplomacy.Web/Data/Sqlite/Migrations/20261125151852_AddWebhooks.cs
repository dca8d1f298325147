using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ICDiplomacy.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddWebhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "umbracoWebhook",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Events = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ContentTypes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Headers = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoWebhook", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "umbracoWebhookLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubscriptionId = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveryId = table.Column<long>(type: "INTEGER", nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RetryCount = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    GaveUp = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestBody = table.Column<string>(type: "TEXT", nullable: false),
                    ResponseBody = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoWebhookLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "umbracoWebhookRequest",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubscriptionId = table.Column<long>(type: "INTEGER", nullable: false),
                    OutboxMessageId = table.Column<long>(type: "INTEGER", nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    RetryCount = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoWebhookRequest", x => x.Id);
                    table.ForeignKey(
                        name: "FK_umbracoWebhookRequest_umbracoWebhook_SubscriptionId",
                        column: x => x.SubscriptionId,
                        principalTable: "umbracoWebhook",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cmsDocumentUrl_Culture_PublishDate",
                table: "cmsDocumentUrl",
                columns: new[] { "Culture", "PublishDate" });

            migrationBuilder.CreateIndex(
                name: "IX_umbracoWebhook_Key",
                table: "umbracoWebhook",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_umbracoWebhookLog_AttemptUtc",
                table: "umbracoWebhookLog",
                column: "AttemptUtc");

            migrationBuilder.CreateIndex(
                name: "IX_umbracoWebhookLog_SubscriptionId_AttemptUtc",
                table: "umbracoWebhookLog",
                columns: new[] { "SubscriptionId", "AttemptUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_umbracoWebhookRequest_NextAttemptUtc",
                table: "umbracoWebhookRequest",
                column: "NextAttemptUtc");

            migrationBuilder.CreateIndex(
                name: "IX_umbracoWebhookRequest_SubscriptionId_OutboxMessageId",
                table: "umbracoWebhookRequest",
                columns: new[] { "SubscriptionId", "OutboxMessageId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "umbracoWebhookLog");

            migrationBuilder.DropTable(
                name: "umbracoWebhookRequest");

            migrationBuilder.DropTable(
                name: "umbracoWebhook");

            migrationBuilder.DropIndex(
                name: "IX_cmsDocumentUrl_Culture_PublishDate",
                table: "cmsDocumentUrl");
        }
    }
}
