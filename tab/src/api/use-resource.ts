import { useEffect, useState } from 'react';
import { pickLanguage } from '../i18n/i18n';
import type { HostContext } from '../teams/host-context';
import { getJson, type ApiResult } from './tandem-api';

/** A resource while it loads, then its result. */
export type Resource<T> = { state: 'loading' } | ApiResult<T>;

/** Loads a tab API resource once per path (undefined path: nothing to load yet). */
export function useResource<T>(host: HostContext, path: string | undefined): Resource<T> {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  useEffect(() => {
    if (!path) return;
    let current = true;
    setResource({ state: 'loading' });
    getJson<T>(host, path, pickLanguage(host.locale)).then((result) => current && setResource(result));
    // A newer path (or unmounting) makes an older answer irrelevant.
    return () => {
      current = false;
    };
  }, [host, path]);
  return resource;
}

/** True once the resource has an answer. */
export function isLoaded<T>(resource: Resource<T>): resource is ApiResult<T> {
  return !('state' in resource);
}
