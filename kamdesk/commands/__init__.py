"""Sub-commands of `kamdesk`, one module per family; each has `register(commands, common)`."""

from kamdesk.commands import brief, dossier, encryption, interchange, maintenance, privacy

COMMAND_MODULES = (dossier, maintenance, encryption, brief, interchange, privacy)
