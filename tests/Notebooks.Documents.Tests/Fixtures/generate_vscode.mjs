// Writes vscode-polyglot.ipynb the way VS Code's built-in ipynb serializer saves a Polyglot notebook.
//
//     node generate_vscode.mjs
//
// The last step is VS Code's own (extensions/ipynb/src/serializers.ts, serializeNotebookToJSON): sort every object's
// keys recursively, JSON.stringify with the detected indent (one space by default) and append "\n". The content
// is what Polyglot Notebooks puts in a C# notebook (docs: polyglot-format.md §1.1-1.3): kernelspec, language_info
// {"name": "polyglot-notebook"}, polyglot_notebook.kernelInfo, cell kernelName metadata, 8-hex cell ids, outputs as
// display_data, and errors whose traceback is the message split after each "\n" (CRLF kept).
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function sortObjectPropertiesRecursively(obj) {
  if (Array.isArray(obj)) {
    return obj.map(sortObjectPropertiesRecursively);
  }
  if (obj !== undefined && obj !== null && typeof obj === "object" && Object.keys(obj).length > 0) {
    return Object.keys(obj).sort().reduce((sorted, key) => {
      sorted[key] = sortObjectPropertiesRecursively(obj[key]);
      return sorted;
    }, {});
  }
  return obj;
}

const lines = (text) => text.split(/(?<=\n)/).filter((line) => line.length > 0);
const csharp = { polyglot_notebook: { kernelName: "csharp" } };
const styles = "<style>\r\n.dni-code-hint {\r\n    font-style: italic;\r\n}\r\n</style>";
const message = "System.Exception: oops!\r\n   at Submission#3.<<Initialize>>d__0.MoveNext()\r\n--- End of stack trace from previous location ---";

const notebook = {
  cells: [
    {
      cell_type: "markdown", id: "9f1c2a7e", metadata: {},
      source: lines("# Generalization ≤ bounds\n\nWith σ = 0.5 the bound holds 🎉.\n\n![plot](attachment:plot.png)"),
      attachments: { "plot.png": { "image/png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==" } },
    },
    {
      cell_type: "code", execution_count: 1, id: "3b5d7f90", metadata: { ...csharp, tags: ["solution"] },
      source: lines("var sigma = 0.5; // σ\n\"tab\\t and \\\"quotes\\\"\""),
      outputs: [
        { output_type: "display_data", metadata: {}, data: { "text/html": lines(`<div class="dni-plaintext"><pre>tab\t and "quotes"</pre></div>${styles}`) } },
      ],
    },
    {
      cell_type: "code", execution_count: 2, id: "c0ffee01", metadata: csharp,
      source: lines("Console.WriteLine(\"π ≈ 3.14\");\nthrow new Exception(\"oops!\");"),
      outputs: [
        { output_type: "stream", name: "stdout", text: lines("π ≈ 3.14\n") },
        { output_type: "error", ename: "Error", evalue: message, traceback: lines(message) },
      ],
    },
    {
      cell_type: "code", execution_count: null, id: "0a1b2c3d", metadata: { dotnet_interactive: { language: "fsharp" } },
      source: lines("let x = 1"), outputs: [],
    },
    {
      cell_type: "code", execution_count: null, id: "4e5f6a7b", metadata: csharp,
      source: lines("#!pwsh\nGet-Date"), outputs: [],
    },
  ],
  metadata: {
    kernelspec: { display_name: ".NET (C#)", language: "C#", name: ".net-csharp" },
    language_info: { name: "polyglot-notebook" },
    polyglot_notebook: {
      kernelInfo: {
        defaultKernelName: "csharp",
        items: [
          { aliases: ["c#", "C#"], languageName: "C#", name: "csharp" },
          { aliases: ["f#", "F#"], languageName: "F#", name: "fsharp" },
          { aliases: ["powershell"], languageName: "PowerShell", name: "pwsh" },
        ],
      },
    },
  },
  nbformat: 4,
  nbformat_minor: 5,
};

const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, "vscode-polyglot.ipynb"), JSON.stringify(sortObjectPropertiesRecursively(notebook), undefined, " ") + "\n");
console.log("wrote vscode-polyglot.ipynb");
