#!/bin/sh
echo "Prisma's native schema engine is not available offline: use 'npm run db:migrate' (WebAssembly engine)." >&2
exit 1
