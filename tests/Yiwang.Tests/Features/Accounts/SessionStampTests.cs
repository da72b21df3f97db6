using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Accounts;

namespace Yiwang.Tests.Features.Accounts;

/// <summary>A changed security stamp (password reset, account disabled) ends other sessions within the validation interval.</summary>
public class SessionStampTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task A_session_ends_at_the_first_check_after_its_stamp_changed()
    {
        var citizen = await app.ClientAsync("citizen");
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync("/api/v1/cases/mine")).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            await users.UpdateSecurityStampAsync((await users.FindByNameAsync("citizen"))!);
        }
        // Within the interval the cookie is trusted as issued: no check, no database read.
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync("/api/v1/cases/mine")).StatusCode);

        app.Clock.Advance(new SecurityStampValidatorOptions().ValidationInterval);
        Assert.Equal(HttpStatusCode.Unauthorized, (await citizen.GetAsync("/api/v1/cases/mine")).StatusCode);
    }
}
