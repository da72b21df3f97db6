using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Ratings;

/// <summary>The indexes Ratings read <see cref="Case"/> by.</summary>
internal sealed class CaseIndexesForRatings : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> e)
    {
        // Invitations look for decided cases of a known applicant not invited yet; open cases stay out of the index.
        e.HasIndex(c => c.DecidedAt).HasFilter("\"RatingInvitedOn\" IS NULL AND \"ApplicantId\" IS NOT NULL AND \"DecidedAt\" IS NOT NULL");
    }
}
