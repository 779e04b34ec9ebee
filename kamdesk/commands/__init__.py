"""Sub-commands of `kamdesk`, one module per family; each has `register(commands, common)`."""

from kamdesk.commands import brief, daily, dossier, interchange, maintenance

COMMAND_MODULES = (dossier, daily, maintenance, brief, interchange)
