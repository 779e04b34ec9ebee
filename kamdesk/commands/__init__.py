"""Sub-commands of `kamdesk`, one module per family; each has `register(commands, common)`."""

from kamdesk.commands import (
    brief,
    daily,
    dossier,
    encryption,
    interchange,
    maintenance,
    privacy,
    server,
    team,
)

COMMAND_MODULES = (dossier, daily, maintenance, encryption, brief, interchange, privacy, team,
                   server)
