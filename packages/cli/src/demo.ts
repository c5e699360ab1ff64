console.error('clipwright: the demo is not built yet (it arrives with the CLI, issue #7).');
process.exitCode = 1;
