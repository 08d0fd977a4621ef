using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;

namespace Orchestrator.Host.Localization;

/// <summary>
/// Keeps what a person has typed across the page reload a language switch needs. A page with a form
/// registers how to read its state (<see cref="Keep"/>); before switching, every registered form is saved
/// in the browser tab's session storage (encrypted with the Host's data protection keys, so any node can
/// read it back); the reloaded page takes its draft once (<see cref="TakeAsync{T}"/>). One per circuit.
/// </summary>
public sealed class FormDrafts(ProtectedSessionStorage storage)
{
    private const string Prefix = "form-draft:";
    private readonly Dictionary<string, Func<object>> forms = [];

    public IDisposable Keep(string key, Func<object> state)
    {
        forms[key] = state;
        return new Registration(() => forms.Remove(key));
    }

    public async Task SaveAllAsync()
    {
        foreach (var (key, state) in forms)
            await storage.SetAsync(Prefix + key, state());
    }

    /// <summary>The draft saved before the reload, or null; taken once, so a later visit starts empty.</summary>
    public async Task<T?> TakeAsync<T>(string key) where T : class
    {
        ProtectedBrowserStorageResult<T> saved;
        try
        {
            saved = await storage.GetAsync<T>(Prefix + key);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            saved = default; // written under keys this Host no longer has: the form starts empty, as without a switch
        }
        catch (System.Text.Json.JsonException)
        {
            saved = default; // written by an older shape of the form
        }
        await storage.DeleteAsync(Prefix + key);
        return saved.Success ? saved.Value : null;
    }

    private sealed class Registration(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}
