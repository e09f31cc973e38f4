using System.Text;
using Search.Core.Highlighting;
using Spectre.Console;

namespace Search.Cli.Rendering;

/// <summary>Renders highlighted text as Spectre markup: matches in bold yellow on a terminal, between asterisks in plain output.</summary>
internal static class HighlightMarkup
{
    public static string Render(HighlightedText text, IAnsiConsole console)
    {
        var ansi = console.Profile.Capabilities.Ansi;
        var markup = new StringBuilder();
        var position = 0;
        foreach (var mark in text.Marks)
        {
            markup.Append(Markup.Escape(text.Text[position..mark.Start]));
            var word = Markup.Escape(text.Text[mark.Start..mark.End]);
            markup.Append(ansi ? $"[bold yellow]{word}[/]" : $"*{word}*");
            position = mark.End;
        }
        markup.Append(Markup.Escape(text.Text[position..]));
        return markup.ToString();
    }
}
