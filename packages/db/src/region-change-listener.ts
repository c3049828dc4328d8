import { Client } from 'pg';

export interface RegionChangeListener {
  close(): Promise<void>;
}

/**
 * Calls `onChange` whenever a region row changes (an import or apply bumps its data version, a county
 * is added), at commit, through LISTEN on a connection of its own. `onLost` is called if that
 * connection breaks: from then on the caller must not rely on being told.
 */
export async function listenForRegionChanges(url: string, onChange: (regionCode: string) => void, onLost: (error?: Error) => void): Promise<RegionChangeListener> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  let closing = false;
  client.on('notification', (message) => {
    if (message.channel === 'junheng_region_change') onChange(message.payload ?? '');
  });
  client.on('error', (error) => {
    if (!closing) onLost(error);
  });
  client.on('end', () => {
    if (!closing) onLost();
  });
  await client.query('LISTEN junheng_region_change');
  return {
    close: async () => {
      closing = true;
      await client.end();
    },
  };
}
