// Addresses of the network section's placeholder page.
export const networkPaths = {
  network: (locale: string) => `/${locale}/network`,
} as const;
