using Lucene.Net.Store;
using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

public sealed class MappedDirectoryTests : IDisposable
{
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"mapped-{Guid.NewGuid():N}"));

    [Fact]
    public void Reads_back_what_lucene_wrote_with_independent_clone_positions()
    {
        using var directory = new MappedDirectory(_folder);
        using (var output = directory.CreateOutput("data", IOContext.DEFAULT))
        {
            output.WriteByte(7);
            output.WriteInt16(-2);
            output.WriteInt32(0x12345678);
            output.WriteInt64(-0x0123456789ABCDEF);
            output.WriteVInt32(300);
            output.WriteVInt64(1L << 40);
            output.WriteString("Zelenskyy ünïcode");
        }

        using var input = directory.OpenInput("data", IOContext.DEFAULT);
        Assert.Equal(7, input.ReadByte());
        var clone = (IndexInput)input.Clone();
        Assert.Equal(-2, input.ReadInt16());
        Assert.Equal(0x12345678, input.ReadInt32());
        Assert.Equal(-0x0123456789ABCDEF, input.ReadInt64());
        Assert.Equal(300, input.ReadVInt32());
        Assert.Equal(1L << 40, input.ReadVInt64());
        Assert.Equal("Zelenskyy ünïcode", input.ReadString());
        Assert.Equal(input.Length, input.Position);

        Assert.Equal(1, clone.Position);
        Assert.Equal(-2, clone.ReadInt16());
        clone.Seek(0);
        Assert.Equal(7, clone.ReadByte());
    }

    [Fact]
    public void Reading_past_the_end_and_reading_a_clone_after_close_fail_cleanly()
    {
        using var directory = new MappedDirectory(_folder);
        using (var output = directory.CreateOutput("small", IOContext.DEFAULT))
        {
            output.WriteInt32(42);
        }
        var input = directory.OpenInput("small", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();

        Assert.Throws<EndOfStreamException>(() => input.Seek(5));
        input.Seek(2);
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[4], 0, 4));
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());

        input.Dispose();
        Assert.Throws<ObjectDisposedException>(() => clone.ReadByte());
        Assert.Throws<ObjectDisposedException>(() => clone.Seek(0));
    }

    [Fact]
    public void An_empty_file_opens_and_has_nothing_to_read()
    {
        using var directory = new MappedDirectory(_folder);
        directory.CreateOutput("empty", IOContext.DEFAULT).Dispose();
        using var input = directory.OpenInput("empty", IOContext.DEFAULT);

        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
