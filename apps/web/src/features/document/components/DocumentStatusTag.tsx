import { documentStatusLabel, documentTypeStatusLabel, numberStatusLabel, type DocumentStatus, type DocumentTypeStatus, type NumberStatus } from '@zhifa/shared';
import { Tag } from 'antd';
import { documentStatusColor, numberStatusColor, typeStatusColor } from '../labels';

export function DocumentStatusTag({ status }: { status: DocumentStatus }) {
  return <Tag color={documentStatusColor[status]}>{documentStatusLabel[status]}</Tag>;
}

export function TypeStatusTag({ status }: { status: DocumentTypeStatus }) {
  return <Tag color={typeStatusColor[status]}>{documentTypeStatusLabel[status]}</Tag>;
}

export function NumberStatusTag({ status }: { status: NumberStatus }) {
  return <Tag color={numberStatusColor[status]}>{numberStatusLabel[status]}</Tag>;
}
