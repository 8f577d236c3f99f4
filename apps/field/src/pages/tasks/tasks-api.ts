import { request } from '../../api/http';

/** One inspection task assigned to the signed-in officer (GET /api/tasks/mine). */
export interface MyTask {
  id: string;
  title: string;
  enterpriseId: string;
  enterpriseName: string;
  address: string | null;
  sourceKind: 'scheme' | 'draw';
  sourceLabel: string;
  dueFrom: string;
  dueTo: string;
  state: 'assigned' | 'inProgress';
  agencyName: string;
  officers: string[];
}

export interface MyTasks {
  officer: { id: string; name: string } | null;
  items: MyTask[];
}

export const fetchMyTasks = (): Promise<MyTasks> => request<MyTasks>('GET', '/api/tasks/mine');
