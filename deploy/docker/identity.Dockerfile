# syntax=docker/dockerfile:1
# identity subgraph (staff, sign-in, partner API keys, audit). Build context: the repository root (docker build -f deploy/docker/identity.Dockerfile .).
# The first stage builds and writes the same self-contained folder `pnpm bundle` writes and the
# deploy test runs (dist/deploy/identity); the image holds only that folder and Node, run as a non-root user.
FROM node:24-slim AS build
WORKDIR /src
# pnpm, the version package.json pins (packageManager)
RUN corepack enable
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm --filter @careline/identity... run build \
 && node scripts/bundle.mjs --only identity

FROM node:24-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4101
WORKDIR /app
COPY --from=build --chown=node:node /src/dist/deploy/identity /app
USER node
EXPOSE 4101
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]
