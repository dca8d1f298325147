using System.ComponentModel.DataAnnotations;
using ICDiplomacy.Web.Cms.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ICDiplomacy.Web.Pages.Backoffice;

/// <summary>The one-time setup page: open only while no administrator exists and a setup token is pending.</summary>
public sealed class InstallModel(SetupState setup, UserService users) : PageModel
{
    [BindProperty]
    public InstallInput Input { get; set; } = new();

    public bool Completed { get; private set; }

    public IActionResult OnGet() => setup.IsPending ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!setup.IsPending)
        {
            return NotFound();
        }

        if (!setup.Verify(Input.SetupToken))
        {
            ModelState.AddModelError("Input.SetupToken", "The setup token is not correct. It is printed in the server console at start-up.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var errors = await users.CreateUserAsync(Input.UserName!, Input.Email!, Input.Password!, UserGroups.Administrators, "setup", ct);
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError($"Input.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
        }

        if (errors.Count > 0)
        {
            return Page();
        }

        setup.Complete();
        Completed = true;
        Input.Password = null;
        return Page();
    }

    public sealed class InstallInput
    {
        [Required(ErrorMessage = "Enter the setup token.")]
        public string? SetupToken { get; set; }

        [Required(ErrorMessage = "Enter a user name.")]
        [StringLength(100, MinimumLength = 2, ErrorMessage = "The user name must be 2 to 100 characters.")]
        public string? UserName { get; set; }

        [Required(ErrorMessage = "Enter an email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Enter a password.")]
        [StringLength(256, MinimumLength = UserService.MinPasswordLength, ErrorMessage = "The password must be at least 12 characters.")]
        public string? Password { get; set; }
    }
}
