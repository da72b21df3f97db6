using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Catalog.SearchPhrases;

/// <summary>EF mapping of <see cref="SearchPhrase"/>.</summary>
internal sealed class SearchPhraseConfiguration : IEntityTypeConfiguration<SearchPhrase>
{
    public void Configure(EntityTypeBuilder<SearchPhrase> e)
    {
        e.HasIndex(p => new { p.Phrase, p.Means }).IsUnique();
        e.Property(p => p.Phrase).HasMaxLength(SearchPhrase.MaxPhraseLength);
        e.Property(p => p.Means).HasMaxLength(SearchPhrase.MaxMeansLength);
        e.Property(p => p.AddedBy).HasMaxLength(64);
    }
}
