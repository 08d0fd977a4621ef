using Orchestrator.Host.Api;

namespace Orchestrator.Host.Tests.Api;

/// <summary>
/// Reading a list again after a change brings back what was on the screen: one first page when nothing more was
/// shown, every row "more" brought in when the list grew past the largest page; and the cursor survives its token.
/// </summary>
public sealed class OldestFirstPagesTests
{
    private static readonly DateTimeOffset Instant = new(2026, 10, 9, 1, 0, 0, TimeSpan.Zero);
    private static readonly List<Guid> Rows = [.. Enumerable.Range(0, 250).Select(_ => Guid.NewGuid()).Order()];

    [Fact]
    public async Task Nothing_shown_yet_reads_one_first_page()
    {
        var sizes = new List<int>();

        var page = await OldestFirstPages.AgainAsync(0, 50, 100, (after, size) => ReadAsync(after, size, sizes));

        Assert.Equal(Rows.Take(50), page.Items);
        Assert.Equal([50], sizes);
        Assert.NotNull(page.Next);
    }

    [Fact]
    public async Task A_list_grown_past_the_largest_page_is_read_again_whole_in_pages()
    {
        var sizes = new List<int>();

        var page = await OldestFirstPages.AgainAsync(150, 50, 100, (after, size) => ReadAsync(after, size, sizes));

        Assert.Equal(Rows.Take(150), page.Items);
        Assert.Equal([100, 50], sizes);
        Assert.Equal(Rows[149], page.Next!.Id);
    }

    [Fact]
    public void A_cursor_survives_its_token_and_a_foreign_token_names_none()
    {
        var cursor = new OldestFirstCursor(Instant.AddTicks(7), Rows[3]);

        Assert.Equal(cursor, OldestFirstCursor.Decode(cursor.Encode()));
        Assert.Null(OldestFirstCursor.Decode("not-a-token"));
        Assert.Null(OldestFirstCursor.Decode(""));
    }

    /// <summary>The rows after the cursor, all of one instant, in id order: what the lists' keyset reads give.</summary>
    private static Task<OldestFirstPage<Guid>> ReadAsync(OldestFirstCursor? after, int size, List<int> sizes)
    {
        sizes.Add(size);
        var rest = Rows.Where(id => after is null || id.CompareTo(after.Id) > 0).ToList();
        var items = rest.Take(size).ToList();
        return Task.FromResult(new OldestFirstPage<Guid>(items, rest.Count > size ? new OldestFirstCursor(Instant, items[^1]) : null));
    }
}
