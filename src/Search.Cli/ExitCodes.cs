namespace Search.Cli;

/// <summary>Process exit codes, so scripts can tell failures apart.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command failed (an error that is not the user's input).</summary>
    public const int Failure = 1;

    /// <summary>The arguments were invalid.</summary>
    public const int InvalidArguments = 2;

    /// <summary>There is no index yet; run <c>index</c> first.</summary>
    public const int NoIndex = 3;

    /// <summary>The index was rebuilt, but some files were skipped.</summary>
    public const int CompletedWithSkippedFiles = 4;
}
