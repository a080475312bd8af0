import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useLanguage, useSession, useSignOut } from '@careline/frontend-shared';
import { Button, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Who is signed in (name, department, role) and the sign-out button. */
export function UserMenu() {
  const { t } = useTranslation('session');
  const { language } = useLanguage();
  const { staff } = useSession();
  const signOut = useSignOut();
  if (!staff) return null;
  const department = language === 'en' ? staff.department.nameEn : staff.department.name;
  return (
    <Flex align="center" gap={12} data-testid="user-menu">
      <Flex vertical align="flex-end" style={{ lineHeight: 1.3 }}>
        <Typography.Text strong data-testid="user-name">
          <UserOutlined /> {staff.name}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="user-role">
          {department} · {t(`roles.${staff.role}`, { defaultValue: staff.role })}
        </Typography.Text>
      </Flex>
      <Tooltip title={t('signOut')}>
        <Button icon={<LogoutOutlined />} data-testid="sign-out" aria-label={t('signOut')} onClick={() => void signOut()}>
          {t('signOut')}
        </Button>
      </Tooltip>
    </Flex>
  );
}
