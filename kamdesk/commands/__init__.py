"""Sub-commands of `kamdesk`, one module per family; each has `register(commands, common)`."""

from kamdesk.commands import brief, dossier, interchange, maintenance, server, team

COMMAND_MODULES = (dossier, maintenance, brief, interchange, team, server)
